/**
 * Catches a screen's rendering error so one broken area shows a calm message instead of a
 * white window, and the rest of the app (navigation, other areas) keeps working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';

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
        <h1>{i18n.t('failure.title')}</h1>
        <p>{i18n.t('failure.body')}</p>
        <button type="button" className="button button--secondary" onClick={() => this.setState({ failed: false })}>
          {i18n.t('failure.retry')}
        </button>
      </div>
    );
  }
}
