/**
 * Catches a screen's rendering error so one broken area shows a calm message instead of a
 * white window, and the rest of the app (navigation, other areas) keeps working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

export class AreaBoundary extends Component<{ area: string; children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The message and stack only: never the props, which may hold personal data.
    console.error(`Signpost: the ${this.props.area} screen failed: ${error.message}`, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="panel" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>Nothing you saved has been lost. Try another area, or restart Signpost if this keeps happening.</p>
        <button type="button" className="button button--secondary" onClick={() => this.setState({ failed: false })}>
          Try again
        </button>
      </div>
    );
  }
}
