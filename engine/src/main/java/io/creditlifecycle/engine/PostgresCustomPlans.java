package io.creditlifecycle.engine;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes PostgreSQL plan each engine statement with its parameter values. The JDBC driver turns a
 * statement into a server-side prepared one at its fifth run on a connection, and after five more
 * PostgreSQL may switch it to a generic plan, which knows no parameter values. For the task count
 * with authorization checks the generic plan guesses that three grants match (the permission bits
 * are parameters) and compares every task with every grant: measured at 50,000 open tasks, the
 * tenth count on one connection ran for minutes where the nine before took 2.4–2.9 s. Every
 * connection of the pool therefore starts with {@code plan_cache_mode = force_custom_plan}
 * (PostgreSQL 12+), unless the configuration already sets an init statement; other databases (H2)
 * are left alone.
 */
@Component
public class PostgresCustomPlans implements BeanPostProcessor {
  static final String SETTING = "SET plan_cache_mode = force_custom_plan";
  private static final Logger LOG = LoggerFactory.getLogger(PostgresCustomPlans.class);

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool
        && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        && pool.getConnectionInitSql() == null) {
      pool.setConnectionInitSql(SETTING);
    }
    return bean;
  }

  /** Says, from a pooled connection, how the engine's statements are planned (a check an operator can read in the log). */
  @EventListener(ApplicationReadyEvent.class)
  public void report(ApplicationReadyEvent event) {
    DataSource dataSource = event.getApplicationContext().getBean(DataSource.class);
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) return;
      try (ResultSet mode = statement.executeQuery("SHOW plan_cache_mode")) {
        mode.next();
        LOG.info("engine connections plan statements with plan_cache_mode = {}", mode.getString(1));
      }
    } catch (SQLException error) {
      LOG.warn("could not read plan_cache_mode: {}", error.getMessage());
    }
  }
}
