// Stand-in for com.atlassian.scheduler:atlassian-scheduler-api 4.1.0 (the API Jira 10 keeps),
// compile-only: never packaged, the host application provides the real class at run time.
package com.atlassian.scheduler.config;

public enum RunMode { RUN_ONCE_PER_CLUSTER, RUN_LOCALLY }
