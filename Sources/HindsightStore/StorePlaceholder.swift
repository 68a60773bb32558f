// The ledger store target; its sources are added separately.
