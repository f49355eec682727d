package org.praxis.complaints;

import org.praxis.actions.ActionSources;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Role;
import org.springframework.stereotype.Component;

/**
 * An action raised from a complaint's learning links back to the complaint for those who read every complaint; a
 * team manager's own team's complaint is checked when opened.
 */
@Component
class ComplaintActionSource implements ActionSources {

    @Override
    public String source() {
        return Complaints.SOURCE;
    }

    @Override
    public boolean mayOpen(long complaintId, CurrentUser reader) {
        return reader.has(Role.COMPLAINTS_MANAGER) || reader.has(Role.QA_LEAD) || reader.has(Role.LEADER);
    }
}
