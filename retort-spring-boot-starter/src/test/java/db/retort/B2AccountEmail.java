package db.retort;

import dev.retort.Migration;
import dev.retort.Ops;
import dev.retort.Revision;
import dev.retort.Type;

/** A Java revision compiled with the application, found as a class in the location's package. */
@Revision(id = "b2", revises = "a1", message = "Account email")
public class B2AccountEmail implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.addColumn("account", "email", Type.varchar(200));
    }
}
