import { Camunda8 } from '@camunda8/sdk';
import type { CamundaConnection } from '../config';

/** The one SDK entry point; local engines run without authentication, external ones use the SDK's environment. */
export function createCamunda(connection: CamundaConnection): Camunda8 {
  if (connection.external) return new Camunda8();
  return new Camunda8({
    ZEEBE_GRPC_ADDRESS: `grpc://${connection.grpcAddress}`,
    ZEEBE_REST_ADDRESS: connection.restAddress,
    CAMUNDA_AUTH_STRATEGY: 'NONE',
    zeebeGrpcSettings: { ZEEBE_CLIENT_LOG_LEVEL: 'NONE' },
  } as ConstructorParameters<typeof Camunda8>[0]);
}
