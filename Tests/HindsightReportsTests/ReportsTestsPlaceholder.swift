// The reports tests target; its tests are added separately.
