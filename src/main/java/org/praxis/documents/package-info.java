/**
 * Documents every module may write: XLSX workbooks, tagged PDF/UA from a page's HTML, Word documents, and charts as
 * SVG or PNG; a composed report's sections written out as a workbook and a Word document (decision 0037). Shared
 * machinery, owned by no screen and no table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Documents",
        allowedDependencies = {"statistics"})
package org.praxis.documents;
