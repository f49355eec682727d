package org.praxis.analytics;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.praxis.accesslog.AccessLog;
import org.praxis.actions.ActionExports;
import org.praxis.audit.AuditExports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a dataset for an export or an API page and writes the access-log entry in the same transaction: an export is
 * recorded as EXPORTED, with the dataset and its dates, whoever (person or machine account) took it.
 */
@Service
class AnalystData {

    private final AuditExports audits;
    private final ActionExports actions;
    private final AccessLog accessLog;

    AnalystData(AuditExports audits, ActionExports actions, AccessLog accessLog) {
        this.audits = audits;
        this.actions = actions;
        this.accessLog = accessLog;
    }

    @Transactional
    void rows(
            Dataset dataset,
            LocalDate from,
            LocalDate to,
            long offset,
            int limit,
            String how,
            Consumer<Map<String, Object>> row) {
        // The access log's record type is short: "Export: answers"; the id says which dates, how, and from which row.
        accessLog.exported(
                "Export: " + dataset.slug(),
                from + " to " + to + ", " + how + (offset > 0 ? ", from row " + (offset + 1) : ""));
        if (dataset.audit() != null) {
            audits.rows(dataset.audit(), new AuditExports.Window(from, to, offset, limit), row);
        } else {
            actions.rows(from, to, offset, limit, row);
        }
    }
}
