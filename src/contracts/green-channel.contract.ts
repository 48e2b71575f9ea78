/** `processes/green-channel.bpmn`: low-risk auto-approval, urgent requests with a coordinator. */
export const greenChannelProcess = {
  processId: 'green-channel',
  elements: {
    autoApproved: 'EndEvent_AutoApproved',
    coordinateUrgentRequest: 'Task_CoordinateUrgentRequest',
    escalateUrgentRequest: 'Task_EscalateUrgentRequest',
    urgentApproved: 'EndEvent_UrgentApproved',
    urgentRejected: 'EndEvent_UrgentRejected',
    urgentRequestEscalated: 'EndEvent_UrgentRequestEscalated',
  },
  forms: { coordinateUrgentRequest: 'coordinate-urgent-request' },
  urgentSlaWorkingDays: 2,
} as const;
