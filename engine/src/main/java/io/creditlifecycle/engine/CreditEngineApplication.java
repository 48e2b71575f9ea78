package io.creditlifecycle.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The local Operaton engine of the credit lifecycle: one Spring Boot application, configured by application.yaml. */
@SpringBootApplication
public class CreditEngineApplication {
  public static void main(String[] args) {
    SpringApplication.run(CreditEngineApplication.class, args);
  }
}
