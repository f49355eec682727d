/**
 * The case register: the council's caseload imported from Ofsted's Annex A workbook (or one CSV per list) and
 * from adults' case lists, kept as versioned snapshots, with the timeliness indicators for each snapshot.
 *
 * <p>Its internal parts are sub-packages: {@code reading} (uploaded files read within limits), {@code names} (names
 * matched to the organisation) and {@code indicators}; the import run, the snapshots and the sampling frame stay in
 * this package, where {@link org.praxis.register.SamplingFrame} is what other modules use.
 *
 * <p>Owns tables: {@code bank_holiday} and every {@code register_*} table (decision 0015).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Case register",
        allowedDependencies = {"accesslog", "commandline", "identity", "organisation", "web"})
package org.praxis.register;
