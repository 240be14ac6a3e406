// Stand-in for com.atlassian.crowd:crowd-integration-api (signatures as in 5.1.6), compile-only; never packaged.
package com.atlassian.crowd.model.user;

import com.atlassian.crowd.model.DirectoryEntity;

import java.security.Principal;

/** A directory user with its name parts and external id. */
public interface User extends Principal, DirectoryEntity, com.atlassian.crowd.embedded.api.User {
    String getFirstName();

    String getLastName();

    String getExternalId();
}
