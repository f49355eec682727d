package org.praxis.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The council this installation serves. */
@ConfigurationProperties("praxis.council")
public record CouncilProperties(String name) {}
