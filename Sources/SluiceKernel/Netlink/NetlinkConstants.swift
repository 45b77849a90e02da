import CNetfilter

/// Netlink and nfnetlink numbers, converted once from the UAPI headers to the widths the wire uses.
enum NetlinkConstants {
    static let nlmsgError = Int32(NLMSG_ERROR)
    static let nlmsgDone = UInt16(NLMSG_DONE)
    static let flagRequest = UInt16(NLM_F_REQUEST)
    static let flagAck = UInt16(NLM_F_ACK)
    static let flagDump = UInt16(NLM_F_DUMP)
    static let flagDumpInterrupted = UInt16(NLM_F_DUMP_INTR)
    static let flagCreate = UInt16(NLM_F_CREATE)
    static let flagExclusive = UInt16(NLM_F_EXCL)
    static let flagAppend = UInt16(NLM_F_APPEND)
    static let flagCapped = UInt16(NLM_F_CAPPED)
    static let flagAckTLVs = UInt16(NLM_F_ACK_TLVS)
    static let errAttrMessage = UInt16(NLMSGERR_ATTR_MSG.rawValue)
    static let errAttrOffset = UInt16(NLMSGERR_ATTR_OFFS.rawValue)

    static let batchBegin = UInt16(NFNL_MSG_BATCH_BEGIN)
    static let batchEnd = UInt16(NFNL_MSG_BATCH_END)
    static let batchGenID = UInt16(NFNL_BATCH_GENID.rawValue)
    static let subsysNFTables = UInt16(NFNL_SUBSYS_NFTABLES)
    static let subsysULog = UInt16(NFNL_SUBSYS_ULOG)
    static let groupNFTables = UInt32(NFNLGRP_NFTABLES.rawValue)
    static let subsysConntrack = UInt16(NFNL_SUBSYS_CTNETLINK)
    static let groupConntrackDestroy = UInt32(NFNLGRP_CONNTRACK_DESTROY.rawValue)
    static let broadcastError = Int32(NETLINK_BROADCAST_ERROR)

    static let familyRoute = Int32(NETLINK_ROUTE)
    static let getNeighbours = UInt16(RTM_GETNEIGH)
    static let newNeighbour = UInt16(RTM_NEWNEIGH)
    static let neighbourDestination = UInt16(NDA_DST)
    static let neighbourLinkAddress = UInt16(NDA_LLADDR)

    static let solNetlink = Int32(SOL_NETLINK)
    static let extAck = Int32(NETLINK_EXT_ACK)
    static let netlinkNetfilter = Int32(NETLINK_NETFILTER)
}
