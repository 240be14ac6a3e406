// Stand-in for com.atlassian.sal:sal-api 6.0.x (same API as sal-api 5.1.4),
// compile-only: never packaged, the host application provides the real class at run time.
package com.atlassian.sal.api.message;

import java.io.Serializable;

public interface Message extends Serializable {
    String getKey();

    Serializable[] getArguments();
}
