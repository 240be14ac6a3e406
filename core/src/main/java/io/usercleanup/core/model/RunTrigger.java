package io.usercleanup.core.model;

/** What started a run. */
public enum RunTrigger { MANUAL, SCHEDULED }
