package org.praxis.web;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which of some pages the signed-in person may open, for a module that links to other modules' pages (a report's
 * figures to their detail): the same check as the navigation's, so no link answers 403.
 */
@Component
public class PageAccess {

    private final LinkCheck links;

    PageAccess(LinkCheck links) {
        this.links = links;
    }

    public Set<String> openable(Collection<String> hrefs) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return hrefs.stream()
                .filter(java.util.Objects::nonNull)
                .filter(href -> links.mayOpen(href, authentication))
                .collect(Collectors.toSet());
    }
}
