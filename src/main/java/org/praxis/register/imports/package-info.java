/**
 * The import run: Ofsted's Annex A lists and adults' case lists read into episodes, checked row by row, and written
 * as one new register snapshot; a run's progress and outcome are kept in {@code register_import} so every instance
 * and the command line see the same run. Internal to the register.
 */
package org.praxis.register.imports;
