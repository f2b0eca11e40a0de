import dev.retort.Migration;
import dev.retort.Ops;
import dev.retort.Revision;

@Revision(id = "6fc2814d7065", revises = "5eb1703c6f54",
          branchLabels = {}, dependsOn = {},
          created = "2025-01-10 16:20:00", message = "Index users by email")
public class R6fc2814d7065_index_users_by_email implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createIndex("ix_users_email", "users", "email");
    }

    // No downgrade: Retort derives it by reversing the upgrade (it drops the index).
}
