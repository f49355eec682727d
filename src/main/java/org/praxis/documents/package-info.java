/**
 * Documents every module may write: XLSX workbooks, PDF from a page's HTML, and bar charts as SVG or PNG. Shared
 * machinery, owned by no screen and no table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Documents",
        allowedDependencies = {"statistics"})
package org.praxis.documents;
