/**
 * Register snapshots once imported: the case list and case pages read from them, what changed between two
 * snapshots, and the held copy of the latest snapshot that sampling draws from (checked against the database so
 * every instance holds the same one). Internal to the register.
 */
package org.praxis.register.snapshots;
