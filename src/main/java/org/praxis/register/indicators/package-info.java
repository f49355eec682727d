/**
 * The timeliness indicators of each Annex A snapshot (and the figures the indicator screen shows), counted in working days (bank holidays included), worked out
 * once when a snapshot arrives and again when holidays or team mappings change. Internal to the register.
 */
package org.praxis.register.indicators;
