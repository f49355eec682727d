package org.praxis.web;

/** A choice in a select, radios or checkboxes. */
public record Option(String value, String text) {}
