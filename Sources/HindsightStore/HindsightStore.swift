// The SQLite ledger lives in this target; its sources are added with the store.
