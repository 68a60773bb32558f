// Tests for the SQLite ledger are added with the store.
