/** The parts of a frame the trust check reads; Electron's WebFrameMain has them. */
export interface FrameLike {
  readonly url: string;
}

/** The parts of an IPC event the trust check reads; Electron's IpcMainInvokeEvent has them. */
export interface SenderEvent {
  readonly sender: { readonly mainFrame: FrameLike };
  readonly senderFrame: FrameLike | null;
}

/** Decides per call whether an IPC message may reach the services. */
export type SenderCheck = (event: SenderEvent) => boolean;

/**
 * Trusts a message only from the main frame of our own window while it shows the renderer.
 * Subframes, other windows and pages that navigated elsewhere are refused, so a stray page that
 * somehow got the preload still cannot read or change the user's notes.
 */
export function createSenderCheck(
  trustedSender: () => SenderEvent['sender'] | null,
  isRendererUrl: (url: string) => boolean,
): SenderCheck {
  return (event) => {
    try {
      const frame = event.senderFrame;
      const ours = trustedSender();
      return (
        frame !== null &&
        ours !== null &&
        event.sender === ours &&
        frame === ours.mainFrame &&
        isRendererUrl(frame.url)
      );
    } catch {
      // A frame that is being destroyed throws on access; it is not trusted.
      return false;
    }
  };
}
