/** The web shell every module's screens use: layout, GOV.UK components, security headers, home and error pages. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web shell",
        allowedDependencies = {})
package org.praxis.web;
