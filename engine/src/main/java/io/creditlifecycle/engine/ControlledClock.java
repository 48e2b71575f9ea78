package io.creditlifecycle.engine;

import java.util.Date;
import java.util.Map;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The test engine's clock, which tests move forward instead of waiting for business time: timers,
 * due dates, lock expiry and history timestamps all read this clock, and it keeps ticking after a move.
 * Only in the test profile; moving backwards is refused.
 */
@RestController
@Profile("test")
@RequestMapping("/engine-clock")
public class ControlledClock {
  @GetMapping
  public Map<String, Long> now() {
    return Map.of("epochMilli", ClockUtil.now().getTime());
  }

  @PostMapping("/add")
  public ResponseEntity<Map<String, Object>> add(@RequestBody Map<String, Number> body) {
    Number offset = body.get("offsetMilli");
    if (offset == null || offset.longValue() < 0) {
      return ResponseEntity.badRequest().body(Map.of("message", "offsetMilli: a number of milliseconds, 0 or more"));
    }
    synchronized (ControlledClock.class) {
      long currentOffset = ClockUtil.now().getTime() - System.currentTimeMillis();
      Date now = ClockUtil.offset(Math.max(currentOffset, 0) + offset.longValue());
      return ResponseEntity.ok(Map.of("epochMilli", now.getTime()));
    }
  }
}
