/**
 * The case register: the council's caseload imported from Ofsted's Annex A workbook (or one CSV per list) and
 * from adults' case lists, kept as versioned snapshots, with the timeliness indicators for each snapshot.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case register")
package org.praxis.register;
