package io.creditlifecycle.engine;

import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/** Makes JSON the engine's format for object variables (see JsonObjectSerializer). */
@Component
public class JsonVariablesPlugin extends AbstractProcessEnginePlugin {
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = new ArrayList<>();
    if (configuration.getCustomPreVariableSerializers() != null) serializers.addAll(configuration.getCustomPreVariableSerializers());
    serializers.add(new JsonObjectSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
    configuration.setDefaultSerializationFormat(JsonObjectSerializer.FORMAT);
  }
}
