package org.praxis.web;

/**
 * A card on the home page, under the heading of one of the reader's roles (the role's name, such as
 * {@code "VISITOR"}). Shown only when its link would open for the reader.
 */
public record HomeCard(String role, String title, String description, String href) {}
