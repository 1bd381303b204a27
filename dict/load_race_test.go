//go:build race

package dict

// raceSlowdown scales time limits in tests: the race detector makes code
// several times slower.
const raceSlowdown = 10
