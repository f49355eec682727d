package org.praxis.practiceweek;

import org.praxis.actions.ActionSources;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Role;
import org.springframework.stereotype.Component;

/** An action accepted from a visit record links to the week's records, which only QA leads open. */
@Component
class VisitRecordActionSource implements ActionSources {

    @Override
    public String source() {
        return "PRACTICE_WEEK";
    }

    @Override
    public boolean mayOpen(long visitRecordId, CurrentUser reader) {
        return reader.has(Role.QA_LEAD);
    }
}
