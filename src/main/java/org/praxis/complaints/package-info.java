/**
 * Complaints, compliments and councillors' or MPs' enquiries: the children's statutory representations procedure
 * (Children Act 1989, three stages), the adults' procedure (the 2009 regulations: acknowledgement and a response
 * plan agreed with the complainant) and the council's corporate procedure; their clocks in working days from the
 * register's bank holidays (decision 0036), extensions with their reasons, reminders, Ombudsman referrals tracked to
 * compliance, categories the council keeps, learning raised as actions in the one tracker, trends per 1,000 open
 * cases, and the statutory annual report of each procedure frozen when published.
 *
 * <p>Published: the {@link org.praxis.complaints.ComplimentReceived} and {@link
 * org.praxis.complaints.ComplaintResponseDue} events (the notifications module tells people), and a report section
 * ({@code ReportSectionSource} "complaints").
 *
 * <p>Owns tables: every {@code complaint_*} table and {@code complaint}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Complaints and compliments",
        allowedDependencies = {
            "accesslog",
            "actions",
            "documents",
            "identity",
            "learning",
            "organisation",
            "register",
            "register :: reading",
            "standards",
            "statistics",
            "web"
        })
package org.praxis.complaints;
