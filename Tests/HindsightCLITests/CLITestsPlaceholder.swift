// The command-line tests target; its tests are added separately.
