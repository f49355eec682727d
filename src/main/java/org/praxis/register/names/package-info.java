/**
 * Team and worker names in imported files matched to the organisation, and the mappings an admin makes once for
 * names that differ. Internal to the register.
 */
package org.praxis.register.names;
