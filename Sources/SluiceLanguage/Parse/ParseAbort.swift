/// Unwinds the parser to the start of the current statement after a syntax error was reported.
/// Internal control flow only: the front end never throws for a user's mistake.
struct ParseAbort: Error {}
