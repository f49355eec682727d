/**
 * The case register: the council's caseload imported from Ofsted's Annex A workbook (or one CSV per list) and
 * from adults' case lists, kept as versioned snapshots, with the timeliness indicators for each snapshot.
 *
 * <p>Its screens (controllers) and its API sit in this package: {@link org.praxis.register.SamplingFrame} (what audit
 * sampling draws from), {@link org.praxis.register.AnnexAImports} (imports for the demo and the command line) and the
 * {@link org.praxis.register.RegisterSnapshotImported} event. Its internal parts are sub-packages: {@code reading}
 * (uploaded files read within limits, cell values and headings), {@code imports} (the import run: Annex A and adults'
 * lists checked row by row and written as a snapshot), {@code snapshots} (the case list, case pages, changes between
 * snapshots and the held copy that sampling uses), {@code names} (names matched to the organisation) and
 * {@code indicators} (timeliness indicators and their figures).
 *
 * <p>Owns tables: {@code bank_holiday} and every {@code register_*} table (decision 0015).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Case register",
        allowedDependencies = {"accesslog", "commandline", "documents", "identity", "organisation", "statistics", "web"
        })
package org.praxis.register;
