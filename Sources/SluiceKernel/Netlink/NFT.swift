import CNetfilter

/// nf_tables message types, attributes and values, from `linux/netfilter/nf_tables.h` (the 6.1
/// UAPI headers of Debian 12, plus the few newer numbers Sluice needs, written out).
enum NFT {
    static func msg(_ m: nf_tables_msg_types) -> UInt16 { UInt16(m.rawValue) }

    static let newTable = msg(NFT_MSG_NEWTABLE)
    static let delTable = msg(NFT_MSG_DELTABLE)
    static let getTable = msg(NFT_MSG_GETTABLE)
    static let newChain = msg(NFT_MSG_NEWCHAIN)
    static let getChain = msg(NFT_MSG_GETCHAIN)
    static let delChain = msg(NFT_MSG_DELCHAIN)
    static let newRule = msg(NFT_MSG_NEWRULE)
    static let getRule = msg(NFT_MSG_GETRULE)
    static let delRule = msg(NFT_MSG_DELRULE)
    static let newSet = msg(NFT_MSG_NEWSET)
    static let getSet = msg(NFT_MSG_GETSET)
    static let delSet = msg(NFT_MSG_DELSET)
    static let newSetElem = msg(NFT_MSG_NEWSETELEM)
    static let getSetElem = msg(NFT_MSG_GETSETELEM)
    static let delSetElem = msg(NFT_MSG_DELSETELEM)
    static let newGen = msg(NFT_MSG_NEWGEN)
    static let getGen = msg(NFT_MSG_GETGEN)
    static let newObj = msg(NFT_MSG_NEWOBJ)
    static let getObj = msg(NFT_MSG_GETOBJ)
    static let delObj = msg(NFT_MSG_DELOBJ)
    static let getObjReset = msg(NFT_MSG_GETOBJ_RESET)
    /// Kernel 6.5; after GETRULE_RESET (25), the DESTROY* messages (26-32).
    static let getSetElemReset: UInt16 = 33

    static let familyINet = UInt8(NFPROTO_INET)
    static let familyIPv4 = UInt8(NFPROTO_IPV4)
    static let familyIPv6 = UInt8(NFPROTO_IPV6)
    static let familyUnspec = UInt8(NFPROTO_UNSPEC)

    // Table
    static let tableName = UInt16(NFTA_TABLE_NAME.rawValue)
    static let tableFlags = UInt16(NFTA_TABLE_FLAGS.rawValue)
    static let tableHandle = UInt16(NFTA_TABLE_HANDLE.rawValue)
    static let tableUserdata = UInt16(NFTA_TABLE_USERDATA.rawValue)

    // Chain
    static let chainTable = UInt16(NFTA_CHAIN_TABLE.rawValue)
    static let chainHandle = UInt16(NFTA_CHAIN_HANDLE.rawValue)
    static let chainName = UInt16(NFTA_CHAIN_NAME.rawValue)
    static let chainHook = UInt16(NFTA_CHAIN_HOOK.rawValue)
    static let chainPolicy = UInt16(NFTA_CHAIN_POLICY.rawValue)
    static let chainType = UInt16(NFTA_CHAIN_TYPE.rawValue)
    static let hookNum = UInt16(NFTA_HOOK_HOOKNUM.rawValue)
    static let hookPriority = UInt16(NFTA_HOOK_PRIORITY.rawValue)

    // Rule
    static let ruleTable = UInt16(NFTA_RULE_TABLE.rawValue)
    static let ruleChain = UInt16(NFTA_RULE_CHAIN.rawValue)
    static let ruleHandle = UInt16(NFTA_RULE_HANDLE.rawValue)
    static let ruleExpressions = UInt16(NFTA_RULE_EXPRESSIONS.rawValue)
    static let ruleUserdata = UInt16(NFTA_RULE_USERDATA.rawValue)
    static let listElem = UInt16(NFTA_LIST_ELEM.rawValue)
    static let exprName = UInt16(NFTA_EXPR_NAME.rawValue)
    static let exprData = UInt16(NFTA_EXPR_DATA.rawValue)

    // Set
    static let setTable = UInt16(NFTA_SET_TABLE.rawValue)
    static let setName = UInt16(NFTA_SET_NAME.rawValue)
    static let setFlags = UInt16(NFTA_SET_FLAGS.rawValue)
    static let setKeyType = UInt16(NFTA_SET_KEY_TYPE.rawValue)
    static let setKeyLen = UInt16(NFTA_SET_KEY_LEN.rawValue)
    static let setPolicy = UInt16(NFTA_SET_POLICY.rawValue)
    static let setDesc = UInt16(NFTA_SET_DESC.rawValue)
    static let setDescSize = UInt16(NFTA_SET_DESC_SIZE.rawValue)
    static let setID = UInt16(NFTA_SET_ID.rawValue)
    static let setTimeout = UInt16(NFTA_SET_TIMEOUT.rawValue)
    static let setUserdata = UInt16(NFTA_SET_USERDATA.rawValue)
    static let setHandle = UInt16(NFTA_SET_HANDLE.rawValue)
    static let setExpr = UInt16(NFTA_SET_EXPR.rawValue)
    static let setExpressions = UInt16(NFTA_SET_EXPRESSIONS.rawValue)

    static let setFlagInterval = UInt32(NFT_SET_INTERVAL.rawValue)
    static let setFlagTimeout = UInt32(NFT_SET_TIMEOUT.rawValue)
    static let setFlagEval = UInt32(NFT_SET_EVAL.rawValue)

    // Set element list and elements
    static let elemListTable = UInt16(NFTA_SET_ELEM_LIST_TABLE.rawValue)
    static let elemListSet = UInt16(NFTA_SET_ELEM_LIST_SET.rawValue)
    static let elemListElements = UInt16(NFTA_SET_ELEM_LIST_ELEMENTS.rawValue)
    static let elemListSetID = UInt16(NFTA_SET_ELEM_LIST_SET_ID.rawValue)
    static let elemKey = UInt16(NFTA_SET_ELEM_KEY.rawValue)
    static let elemFlags = UInt16(NFTA_SET_ELEM_FLAGS.rawValue)
    static let elemTimeout = UInt16(NFTA_SET_ELEM_TIMEOUT.rawValue)
    static let elemExpiration = UInt16(NFTA_SET_ELEM_EXPIRATION.rawValue)
    static let elemUserdata = UInt16(NFTA_SET_ELEM_USERDATA.rawValue)
    static let elemExpr = UInt16(NFTA_SET_ELEM_EXPR.rawValue)
    static let elemExpressions = UInt16(NFTA_SET_ELEM_EXPRESSIONS.rawValue)
    static let elemFlagIntervalEnd = UInt32(NFT_SET_ELEM_INTERVAL_END.rawValue)
    static let dataValue = UInt16(NFTA_DATA_VALUE.rawValue)
    static let dataVerdict = UInt16(NFTA_DATA_VERDICT.rawValue)
    static let verdictCode = UInt16(NFTA_VERDICT_CODE.rawValue)
    static let verdictChain = UInt16(NFTA_VERDICT_CHAIN.rawValue)

    // Objects
    static let objTable = UInt16(NFTA_OBJ_TABLE.rawValue)
    static let objName = UInt16(NFTA_OBJ_NAME.rawValue)
    static let objType = UInt16(NFTA_OBJ_TYPE.rawValue)
    static let objData = UInt16(NFTA_OBJ_DATA.rawValue)
    static let objHandle = UInt16(NFTA_OBJ_HANDLE.rawValue)
    static let objUserdata = UInt16(NFTA_OBJ_USERDATA.rawValue)
    static let objectCounter = UInt32(NFT_OBJECT_COUNTER)
    static let objectQuota = UInt32(NFT_OBJECT_QUOTA)

    // Generation
    static let genID = UInt16(NFTA_GEN_ID.rawValue)

    // Expressions
    static let quotaBytes = UInt16(NFTA_QUOTA_BYTES.rawValue)
    static let quotaFlags = UInt16(NFTA_QUOTA_FLAGS.rawValue)
    static let quotaConsumed = UInt16(NFTA_QUOTA_CONSUMED.rawValue)
    static let quotaFlagInvert = UInt32(NFT_QUOTA_F_INV.rawValue)
    static let quotaFlagDepleted = UInt32(NFT_QUOTA_F_DEPLETED.rawValue)
    static let counterBytes = UInt16(NFTA_COUNTER_BYTES.rawValue)
    static let counterPackets = UInt16(NFTA_COUNTER_PACKETS.rawValue)

    // Hooks and verdicts
    static let hookInput = UInt32(NF_INET_LOCAL_IN.rawValue)
    static let hookForward = UInt32(NF_INET_FORWARD.rawValue)
    static let hookOutput = UInt32(NF_INET_LOCAL_OUT.rawValue)
    static let verdictAccept = UInt32(bitPattern: Int32(NF_ACCEPT))
    static let verdictDrop = UInt32(bitPattern: Int32(NF_DROP))
    static let verdictJump = UInt32(bitPattern: NFT_JUMP.rawValue)
    static let verdictGoto = UInt32(bitPattern: NFT_GOTO.rawValue)
    static let verdictReturn = UInt32(bitPattern: NFT_RETURN.rawValue)
}

extension NFT {
    /// NFT_MSG_DESTROYSETELEM (kernel 6.3): delete elements, ignoring those already gone.
    static let destroySetElem: UInt16 = 30
}
