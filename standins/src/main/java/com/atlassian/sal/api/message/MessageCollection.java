// Stand-in for com.atlassian.sal:sal-api 6.0.x (same API as sal-api 5.1.4),
// compile-only: never packaged, the host application provides the real class at run time.
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.List;

public interface MessageCollection {
    void addMessage(String key, Serializable... arguments);

    void addMessage(Message message);

    void addAll(List<Message> messages);

    boolean isEmpty();

    List<Message> getMessages();
}
