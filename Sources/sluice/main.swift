print("sluice: under construction")
