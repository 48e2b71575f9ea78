package io.creditlifecycle.engine;

import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The service user's password is configuration: the starter creates the user once, so a password that
 * changed since (a new local secret, a rotated one in production) is written to the identity service here.
 */
@Component
public class ServiceUserPassword {
  private final IdentityService identityService;
  private final String userId;
  private final String password;

  public ServiceUserPassword(
      IdentityService identityService,
      @Value("${operaton.bpm.admin-user.id}") String userId,
      @Value("${operaton.bpm.admin-user.password}") String password) {
    this.identityService = identityService;
    this.userId = userId;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void alignPassword() {
    if (identityService.checkPassword(userId, password)) return;
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) return;
    user.setPassword(password);
    identityService.saveUser(user);
  }
}
