package org.praxis.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council this installation serves.
 *
 * @param name the council's name, shown in the header of every page
 */
@ConfigurationProperties("praxis.council")
public record CouncilProperties(String name) {}
