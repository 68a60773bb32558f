// The store tests target; its tests are added separately.
