/**
 * How sure a figure is: shares with their 95% intervals (simple and from a stratified sample), the difference
 * between two shares and its reading in plain words, agreement between two graders (weighted kappa), and the
 * small-number rules that decide whether a figure is shown, marked or suppressed. Pure arithmetic: no tables, no
 * pages. Every module that shows a figure uses it (decision 0020).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Statistics",
        allowedDependencies = {})
package org.praxis.statistics;
