package io.usercleanup.store.ao;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;

/**
 * Base of the app's Active Objects entities: a 64-bit generated {@code ID}. Outcome tables gain
 * millions of rows a year on large instances, more than AO's default 32-bit id comfortably holds.
 */
public interface LongIdEntity extends RawEntity<Long> {

    /** Column name of the primary key. */
    String ID = "ID";

    /** The generated primary key. */
    @AutoIncrement
    @NotNull
    @PrimaryKey(ID)
    long getID();
}
