package io.creditlifecycle.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives PostgreSQL's planner the distribution of the permission bits the authorization checks test
 * (READ = 2 on tasks, READ_TASK = 64 on process definitions). Without it the planner guesses that
 * {@code PERMS_ & 2 = 2} keeps 0.5 % of the rows, while every per-task grant keeps it; with tens of
 * thousands of open tasks it then joins the tasks to every grant row by row (measured: Tasklist's
 * page of 15 for a group took 24 s at 10,000 tasks, 1.3 s with these statistics). Created once,
 * analysed once; other databases (H2) are left alone.
 */
@Component
public class AuthorizationQueryStatistics {
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationQueryStatistics.class);
  private static final String NAME = "credit_act_ru_auth_perm_bits";

  private final DataSource dataSource;

  public AuthorizationQueryStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void ensure() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) return;
      try (ResultSet existing = statement.executeQuery("SELECT 1 FROM pg_statistic_ext WHERE stxname = '" + NAME + "'")) {
        if (existing.next()) return;
      }
      statement.execute("CREATE STATISTICS IF NOT EXISTS " + NAME + " ON (PERMS_ & 2), (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION");
      statement.execute("ANALYZE ACT_RU_AUTHORIZATION");
      LOG.info("created the planner statistics {} on ACT_RU_AUTHORIZATION's permission bits", NAME);
    } catch (SQLException error) {
      // a tuning aid, not a condition to run: the engine works without it, only slower with many tasks
      LOG.warn("could not create the planner statistics {}: {}", NAME, error.getMessage());
    }
  }
}
