// The reports target; its sources are added separately.
