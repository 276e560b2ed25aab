import { Component, type ReactNode } from 'react';
import { strings } from '../../lib/strings';
import '../../components/error-message.css';

interface ReaderErrorBoundaryProps {
  children: ReactNode;
  onClose: () => void;
}

/** A document that fails to display shows what happened and a way forward, not a blank pane. */
export class ReaderErrorBoundary extends Component<
  ReaderErrorBoundaryProps,
  { error: Error | null }
> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-message" role="alert">
        <p>
          {strings.reader.renderFailed} {this.state.error.message}
        </p>
        <p className="muted">{strings.reader.renderFailedHint}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {strings.retry}
        </button>{' '}
        <button type="button" onClick={this.props.onClose}>
          {strings.reader.closeDocument}
        </button>
      </div>
    );
  }
}
